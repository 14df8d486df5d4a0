import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(16, 32)
weight = torch.randn(16, 32)
fp8 = torch.float8_e4m3fn
fp8_max = torch.finfo(fp8).max

scale_x = fp8_max / x.abs().amax(dim=1, keepdim=True)
scale_w = fp8_max / weight.abs().amax(dim=1, keepdim=True)
x_fp8 = (x * scale_x).to(fp8)
w_fp8 = (weight * scale_w).to(fp8)
decode_a = (1 / scale_x).contiguous()
decode_b = (1 / scale_w).T.contiguous()
print(decode_a.shape, decode_b.shape)
#> torch.Size([16, 1]) torch.Size([1, 16])

out = F.scaled_mm(
    x_fp8, w_fp8.T, decode_a, F.ScalingType.RowWise, decode_b, F.ScalingType.RowWise,
    output_dtype=torch.float32,
)
dequantized = (x_fp8.float() * decode_a) @ (w_fp8.float() * decode_b.T).T
print(torch.allclose(out, dequantized, rtol=1e-5, atol=1e-5))
#> True

try:
    F.scaled_mm(x, weight.T, torch.tensor(1.0), F.ScalingType.TensorWise, torch.tensor(1.0), F.ScalingType.TensorWise)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Expected both inputs to be fp8 or fp4 types but got mat_a.dtype=Float and mat_b.dtype=Float

print(list(F.ScalingType.__members__))
#> ['TensorWise', 'RowWise', 'BlockWise1x16', 'BlockWise1x32', 'BlockWise1x128', 'BlockWise128x128']
big_x = torch.ones(128, 256).to(fp8)
big_w = torch.ones(128, 256).to(fp8)
try:
    blocks = torch.ones(2, 128).T
    F.scaled_mm(big_x, big_w.T, blocks, F.ScalingType.BlockWise1x128, blocks, F.ScalingType.BlockWise1x128)
except ValueError as error:
    print("ValueError:", *str(error).splitlines()[:3], sep="\n")
    #> ValueError:
    #> Invalid scaling configuration.
    #> - For TensorWise scaling, a and b should be float8, scales should be float and singletons.
    #> - For RowWise scaling, a and b should be float8, scales should be float, scale_a should be (128, 1) and scale_b should be (1, 128), and both should be contiguous.
try:
    mx_scale = torch.ones(128, 8).to(torch.float8_e8m0fnu)
    F.scaled_mm(
        big_x, big_w.T, mx_scale, F.ScalingType.BlockWise1x32, mx_scale, F.ScalingType.BlockWise1x32,
        swizzle_a=F.SwizzleType.SWIZZLE_32_4_4, swizzle_b=F.SwizzleType.SWIZZLE_32_4_4,
    )
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: CPU does not support swizzle.
