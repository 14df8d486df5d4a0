import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0], [7.0, 0.0]])
running_mean = torch.tensor([4.0, 3.0])
running_var = torch.tensor([5.0, 5.0])

default = F.batch_norm(x, torch.zeros(2), torch.ones(2))
print(default)
#> tensor([[1.0000, 2.0000],
#>         [3.0000, 6.0000],
#>         [5.0000, 4.0000],
#>         [7.0000, 0.0000]])
print(torch.allclose(default, x / torch.sqrt(torch.tensor(1 + 1e-5))))
#> True

stored = F.batch_norm(x, running_mean, running_var)
print(torch.allclose(stored, (x - running_mean) / torch.sqrt(running_var + 1e-5)))
#> True
print(running_mean, running_var)
#> tensor([4., 3.]) tensor([5., 5.])

try:
    F.batch_norm(x, None, None)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: running_mean must be defined in evaluation mode
print(F.batch_norm(x, None, None, training=True)[:, 0])
#> tensor([-1.3416, -0.4472,  0.4472,  1.3416])

try:
    F.batch_norm(torch.ones(1, 2), torch.zeros(2), torch.ones(2), training=True)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 2])
