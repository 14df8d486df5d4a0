import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
z = x ** 2
z.retain_grad()
(y.sum() + z.sum()).backward()

print(x.is_leaf, y.is_leaf, z.is_leaf)
#> True False False
print(x.grad)
#> tensor([4., 8.])
print(y.retains_grad, z.retains_grad)
#> False True
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(y.grad, z.grad)
    #> None tensor([1., 1.])
print(caught[0].category.__name__ + ":", str(caught[0].message).split(" Its ")[0])
#> UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed.
