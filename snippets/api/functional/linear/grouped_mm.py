import torch
import torch.nn.functional as F

torch.manual_seed(0)
tokens = torch.randn(6, 8, dtype=torch.bfloat16)
experts = torch.randn(3, 16, 8, dtype=torch.bfloat16)
offs = torch.tensor([2, 3, 6], dtype=torch.int32)

out = F.grouped_mm(tokens, experts.transpose(-2, -1), offs=offs)
print(out.shape, out.dtype)
#> torch.Size([6, 16]) torch.bfloat16

starts = [0, 2, 3]
loop = torch.cat([tokens[s:e] @ experts[g].T for g, (s, e) in enumerate(zip(starts, offs.tolist()))])
print(torch.equal(out, loop))
#> True
print(torch.equal(out[2:3], F.linear(tokens[2:3], experts[1])))
#> True

batched = torch.randn(3, 4, 8, dtype=torch.bfloat16)
out3d = F.grouped_mm(batched, experts.transpose(-2, -1))
print(out3d.shape, torch.equal(out3d, torch.bmm(batched, experts.transpose(-2, -1))))
#> torch.Size([3, 4, 16]) True

left = torch.randn(4, 16, dtype=torch.bfloat16)
right = torch.randn(16, 8, dtype=torch.bfloat16)
split_k = torch.tensor([8, 16], dtype=torch.int32)
out2d = F.grouped_mm(left, right, offs=split_k)
print(out2d.shape, torch.equal(out2d, torch.stack([left[:, :8] @ right[:8], left[:, 8:] @ right[8:]])))
#> torch.Size([2, 4, 8]) True
