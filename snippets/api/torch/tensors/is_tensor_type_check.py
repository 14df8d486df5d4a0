import torch

weight = torch.nn.Parameter(torch.ones(2))
print(type(weight) is torch.Tensor, type(weight) == torch.Tensor)
#> False False
print(torch.is_tensor(weight), isinstance(weight, torch.Tensor))
#> True True
print([cls.__name__ for cls in type(weight).__mro__[:2]])
#> ['Parameter', 'Tensor']
