import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(16, 32)
weight = torch.randn(16, 32)
fp8 = torch.float8_e4m3fn
fp8_max = torch.finfo(fp8).max

scale_x = fp8_max / x.abs().max()
scale_w = fp8_max / weight.abs().max()
x_fp8 = (x * scale_x).to(fp8)
w_fp8 = (weight * scale_w).to(fp8)
print(fp8_max, x_fp8.dtype, x_fp8.element_size())
#> 448.0 torch.float8_e4m3fn 1

out = F.scaled_mm(
    x_fp8, w_fp8.T, 1 / scale_x, F.ScalingType.TensorWise, 1 / scale_w, F.ScalingType.TensorWise,
    output_dtype=torch.float32,
)
dequantized = (x_fp8.float() / scale_x) @ (w_fp8.float() / scale_w).T
print(out.shape, out.dtype, torch.allclose(out, dequantized, rtol=1e-5, atol=1e-5))
#> torch.Size([16, 16]) torch.float32 True

exact = x @ weight.T
print(round(((out - exact).norm() / exact.norm()).item(), 3))
#> 0.039

default = F.scaled_mm(x_fp8, w_fp8.T, 1 / scale_x, F.ScalingType.TensorWise, 1 / scale_w, F.ScalingType.TensorWise)
print(default.dtype)
#> torch.bfloat16

wrong = F.scaled_mm(
    x_fp8, w_fp8.T, scale_x, F.ScalingType.TensorWise, scale_w, F.ScalingType.TensorWise,
    output_dtype=torch.float32,
)
print(f"{exact.abs().mean().item():.2f} {wrong.abs().mean().item():.2e}")
#> 4.34 9.00e+08
print(f"{(wrong / out).mean().item():.4e} {(scale_x * scale_w).pow(2).item():.4e}")
#> 2.0783e+08 2.0783e+08
