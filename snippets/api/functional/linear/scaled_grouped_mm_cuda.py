# requires: cuda
import torch
import torch.nn.functional as F

torch.manual_seed(0)
fp8 = torch.float8_e4m3fn
fp8_max = torch.finfo(fp8).max
tokens = torch.randn(64, 32, device="cuda")
experts = torch.randn(3, 16, 32, device="cuda")
offs = torch.tensor([16, 48, 64], dtype=torch.int32, device="cuda")

scale_t = fp8_max / tokens.abs().amax(dim=1)
scale_e = fp8_max / experts.abs().amax(dim=2)
tokens_fp8 = (tokens * scale_t[:, None]).to(fp8)
experts_fp8 = (experts * scale_e[:, :, None]).to(fp8)

out = F.scaled_grouped_mm(
    tokens_fp8, experts_fp8.transpose(-2, -1),
    1 / scale_t, F.ScalingType.RowWise,
    1 / scale_e, F.ScalingType.RowWise,
    offs=offs,
)
print(out.shape, out.dtype)

starts = [0] + offs.tolist()[:-1]
reference = torch.cat([
    (tokens_fp8[s:e].float() / scale_t[s:e, None]) @ (experts_fp8[g].float() / scale_e[g][:, None]).T
    for g, (s, e) in enumerate(zip(starts, offs.tolist()))
])
print(torch.allclose(out.float(), reference, rtol=1e-2, atol=1e-2))
