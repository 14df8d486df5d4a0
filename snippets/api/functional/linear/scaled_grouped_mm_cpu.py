import torch
import torch.nn.functional as F

torch.manual_seed(0)
fp8 = torch.float8_e4m3fn
fp8_max = torch.finfo(fp8).max
tokens = torch.randn(64, 32)
experts = torch.randn(3, 16, 32)
offs = torch.tensor([16, 48, 64], dtype=torch.int32)

scale_t = fp8_max / tokens.abs().amax(dim=1)
scale_e = fp8_max / experts.abs().amax(dim=2)
tokens_fp8 = (tokens * scale_t[:, None]).to(fp8)
experts_fp8 = (experts * scale_e[:, :, None]).to(fp8)
decode_t = 1 / scale_t
decode_e = 1 / scale_e
print(tokens_fp8.shape, experts_fp8.shape, decode_t.shape, decode_e.shape)
#> torch.Size([64, 32]) torch.Size([3, 16, 32]) torch.Size([64]) torch.Size([3, 16])

arguments = (
    tokens_fp8, experts_fp8.transpose(-2, -1), decode_t, F.ScalingType.RowWise, decode_e, F.ScalingType.RowWise
)
try:
    F.scaled_grouped_mm(*arguments, offs=offs)
except NotImplementedError as error:
    print("NotImplementedError:", str(error).split(". ")[0])
    #> NotImplementedError: Could not run 'aten::_scaled_grouped_mm_v2.out' with arguments from the 'CPU' backend

meta = [t.to("meta") if isinstance(t, torch.Tensor) else t for t in arguments]
shape_only = F.scaled_grouped_mm(*meta, offs=offs.to("meta"))
print(shape_only.shape, shape_only.dtype, shape_only.device)
#> torch.Size([64, 16]) torch.bfloat16 meta

starts = [0] + offs.tolist()[:-1]
loop = torch.cat([
    F.scaled_mm(
        tokens_fp8[s:e], experts_fp8[g].T,
        decode_t[s:e, None].contiguous(), F.ScalingType.RowWise,
        decode_e[g][None, :].contiguous(), F.ScalingType.RowWise,
        output_dtype=torch.float32,
    )
    for g, (s, e) in enumerate(zip(starts, offs.tolist()))
])
dequantized = F.grouped_mm(
    tokens_fp8.float() * decode_t[:, None], (experts_fp8.float() * decode_e[:, :, None]).transpose(-2, -1), offs=offs
)
print(loop.shape, torch.allclose(loop, dequantized, rtol=1e-5, atol=1e-5))
#> torch.Size([64, 16]) True
