import torch
import torch.nn.functional as F

torch.manual_seed(0)
queries = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
keys = torch.tensor([[0.0, 1.0], [2.0, 2.0], [2.0, 1.0]])
try:
    F.cosine_similarity(queries, keys)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
matrix = F.cosine_similarity(queries[:, None, :], keys[None, :, :], dim=-1)
print(matrix)
#> tensor([[0.0000, 0.7071, 0.8944],
#>         [0.7071, 1.0000, 0.9487]])
print(torch.allclose(matrix, F.normalize(queries, dim=1) @ F.normalize(keys, dim=1).T))
#> True
print(F.cosine_similarity(queries, keys[:2]), matrix.diagonal())
#> tensor([0.0000, 1.0000]) tensor([0.0000, 1.0000])
