import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 3, 5, 6)
unfold = nn.Unfold(kernel_size=(2, 3))
cols = unfold(x)
print("(2, 3, 5, 6) ->", tuple(cols.shape), "| C*kH*kW =", 3 * 2 * 3, "L =", (5 - 2 + 1) * (6 - 3 + 1))
#> (2, 3, 5, 6) -> (2, 18, 16) | C*kH*kW = 18 L = 16
print("column 0 = top-left window:", torch.equal(cols[0, :, 0], x[0, :, 0:2, 0:3].flatten()))
#> column 0 = top-left window: True
print("column 1 = one step right:", torch.equal(cols[0, :, 1], x[0, :, 0:2, 1:4].flatten()))
#> column 1 = one step right: True


def out_len(size, k, stride, padding, dilation):
    return (size + 2 * padding - dilation * (k - 1) - 1) // stride + 1


for k, s, p, d in [(3, 2, 1, 1), (2, 1, 0, 2)]:
    L = nn.Unfold(k, dilation=d, padding=p, stride=s)(x).shape[-1]
    print(f"k={k} stride={s} padding={p} dilation={d}: L = {L}, formula {out_len(5, k, s, p, d)} * {out_len(6, k, s, p, d)}")
    #> k=3 stride=2 padding=1 dilation=1: L = 9, formula 3 * 3
    #> k=2 stride=1 padding=0 dilation=2: L = 12, formula 3 * 4

conv = nn.Conv2d(3, 4, (2, 3))
as_matmul = (conv.weight.view(4, -1) @ cols + conv.bias.view(4, 1)).view(2, 4, 4, 4)
print("weight (4, 18) @ columns = Conv2d:", torch.allclose(as_matmul, conv(x), atol=1e-6))
#> weight (4, 18) @ columns = Conv2d: True
print("parameters:", list(unfold.parameters()), "buffers:", list(unfold.buffers()))
#> parameters: [] buffers: []
