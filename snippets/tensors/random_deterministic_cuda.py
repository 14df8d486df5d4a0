# requires: cuda
import torch

torch.manual_seed(0)
values = torch.rand(1_000_000, device="cuda")
index = torch.randint(0, 10, (1_000_000,), device="cuda")


def sums():
    return torch.zeros(10, device="cuda").index_add_(0, index, values)


runs = [sums() for _ in range(5)]
print("identical without the mode:", all(torch.equal(runs[0], run) for run in runs))
torch.use_deterministic_algorithms(True)
runs = [sums() for _ in range(5)]
print("identical with the mode:", all(torch.equal(runs[0], run) for run in runs))
torch.use_deterministic_algorithms(False)
