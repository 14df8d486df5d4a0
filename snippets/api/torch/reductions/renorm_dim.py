import torch

w = torch.tensor([[3., 4.],
                  [0.3, 0.4],
                  [6., 8.]])
print(torch.linalg.vector_norm(w, dim=1))
#> tensor([ 5.0000,  0.5000, 10.0000])
r = torch.renorm(w, p=2, dim=1, maxnorm=1.0)
print(torch.linalg.vector_norm(r, dim=0), torch.linalg.vector_norm(r, dim=1))
#> tensor([1., 1.]) tensor([0.6318, 0.0632, 1.2636])
