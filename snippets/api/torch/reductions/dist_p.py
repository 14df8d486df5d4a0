import torch

a = torch.tensor([1., 2., 3.])
b = torch.tensor([4., 6., 3.])
print(torch.dist(a, b), (3**2 + 4**2) ** 0.5)
#> tensor(5.) 5.0
print(torch.dist(a, b, p=1), torch.dist(a, b, p=float("inf")), torch.dist(a, b, p=0))
#> tensor(7.) tensor(4.) tensor(2.)
print(torch.equal(torch.dist(a, b, p=3), torch.linalg.vector_norm(a - b, ord=3)))
#> True
print(torch.dist(torch.zeros(2, 3), torch.ones(3)), 6 ** 0.5)
#> tensor(2.4495) 2.449489742783178
