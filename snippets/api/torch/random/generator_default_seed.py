import torch

torch.manual_seed(0)
one = torch.Generator()
two = torch.Generator()
print(one.initial_seed(), two.initial_seed())
#> 67280421310721 67280421310721
print(torch.equal(torch.rand(3, generator=one), torch.rand(3, generator=two)))
#> True
