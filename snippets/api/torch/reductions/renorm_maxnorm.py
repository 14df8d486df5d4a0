import torch

w = torch.tensor([[3., 4.],
                  [0.3, 0.4],
                  [6., 8.]])
r = torch.renorm(w, p=2, dim=0, maxnorm=1.0)
print(r)
#> tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000],
#>         [0.6000, 0.8000]])
print(torch.linalg.vector_norm(w, dim=1), torch.linalg.vector_norm(r, dim=1))
#> tensor([ 5.0000,  0.5000, 10.0000]) tensor([1.0000, 0.5000, 1.0000])
print(torch.renorm(w, p=1, dim=0, maxnorm=1.0)[0], 3 / 7, 4 / 7)
#> tensor([0.4286, 0.5714]) 0.42857142857142855 0.5714285714285714
