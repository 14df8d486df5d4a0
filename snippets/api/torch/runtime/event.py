# requires: cuda
import torch

torch.manual_seed(0)
device = torch.device("cuda")
x = torch.randn(512, 512, device=device)

start = torch.Event(device=device, enable_timing=True)
end = torch.Event(device=device, enable_timing=True)
start.record()
y = x @ x
end.record()
end.synchronize()
print(start.query(), end.query())
ms = start.elapsed_time(end)
print(type(ms).__name__, ms >= 0)

side = torch.Stream(device=device)
ready = torch.Event(device=device)
ready.record()
ready.wait(side)
with side:
    z = y.relu()
finished = side.record_event()
finished.wait()
print(torch.equal(z.cpu(), y.cpu().relu()))

plain_a, plain_b = torch.Event(device=device), torch.Event(device=device)
plain_a.record()
plain_b.record()
plain_b.synchronize()
refused = False
try:
    plain_a.elapsed_time(plain_b)
except RuntimeError:
    refused = True
print(refused)
