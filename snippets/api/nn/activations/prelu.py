import torch
from torch import nn

shared = nn.PReLU()
for name, p in shared.named_parameters():
    print(name, tuple(p.shape), p.requires_grad, p.tolist())
    #> weight (1,) True [0.25]
print("buffers:", list(shared.named_buffers()))
#> buffers: []
x = torch.tensor([[-2.0, 1.0], [-4.0, 3.0]])
print("PReLU(-2) = 0.25 * -2:", shared(x)[0, 0].item(), 0.25 * -2)
#> PReLU(-2) = 0.25 * -2: -0.5 -0.5

per_channel = nn.PReLU(num_parameters=3, init=0.1)
print("weight", tuple(per_channel.weight.shape), [round(w, 4) for w in per_channel.weight.tolist()])
#> weight (3,) [0.1, 0.1, 0.1]
images = -torch.ones(2, 3, 4, 4)
out = per_channel(images)
print("shape:", tuple(images.shape), "->", tuple(out.shape))
#> shape: (2, 3, 4, 4) -> (2, 3, 4, 4)
out.sum().backward()
print("weight.grad:", per_channel.weight.grad.tolist())
#> weight.grad: [-32.0, -32.0, -32.0]
print("ReLU parameters:", list(nn.ReLU().parameters()))
#> ReLU parameters: []
