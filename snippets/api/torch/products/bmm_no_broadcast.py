import torch

a = torch.ones(5, 2, 3)
for b in (torch.ones(1, 3, 4), torch.ones(3, 4)):
    try:
        torch.bmm(a, b)
    except RuntimeError as e:
        print(tuple(b.shape), "bmm:", str(e).splitlines()[0])
    print(tuple(b.shape), "matmul:", tuple(torch.matmul(a, b).shape))
#> (1, 3, 4) bmm: Expected size for first two dimensions of batch2 tensor to be: [5, 3] but got: [1, 3].
#> (1, 3, 4) matmul: (5, 2, 4)
#> (3, 4) bmm: batch2 must be a 3D tensor
#> (3, 4) matmul: (5, 2, 4)
