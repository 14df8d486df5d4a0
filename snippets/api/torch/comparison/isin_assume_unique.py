import torch

elements = torch.tensor([1, 2, 2, 3])
test = torch.arange(3, 23)
print(torch.isin(elements, test))
#> tensor([False, False, False,  True])
print(torch.isin(elements, test, assume_unique=True))
#> tensor([False,  True, False,  True])
print(torch.isin(elements.unique(), test, assume_unique=True))
#> tensor([False, False,  True])
