# requires: cuda
import torch

torch.manual_seed(0)
device = torch.device("cuda")
main = torch.accelerator.current_stream(device)
side = torch.Stream(device=device, priority=-1)
print(side.device, side == main)

a = torch.randn(64, 64, device=device)
side.wait_stream(main)
with side:
    print(torch.accelerator.current_stream(device) == side)
    b = a @ a
print(torch.accelerator.current_stream(device) == main)
main.wait_stream(side)
b.record_stream(main)
c = b * 2

expected = 2 * (a.cpu().double() @ a.cpu().double())
print(c.shape, torch.allclose(c.cpu().double(), expected, rtol=1e-3, atol=1e-2))
side.synchronize()
print(side.query())
