import torch

torch.set_printoptions(precision=4)
m = torch.tensor([[1., 2.],
                  [3., 4.]])
print(torch.norm(m, p=2), torch.linalg.vector_norm(m, ord=2))
#> tensor(5.4772) tensor(5.4772)
print(torch.linalg.norm(m, ord=2), torch.linalg.matrix_norm(m, ord=2))
#> tensor(5.4650) tensor(5.4650)
print(torch.linalg.svdvals(m)[0])
#> tensor(5.4650)
