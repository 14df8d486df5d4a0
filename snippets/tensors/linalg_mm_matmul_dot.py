import torch

v = torch.ones(3)
M = torch.ones(2, 3)
N = torch.ones(3, 4)
batch = torch.ones(5, 2, 3)

print("dot(v, v)      ", tuple(torch.dot(v, v).shape))
#> dot(v, v)       ()
print("mm(M, N)       ", tuple(torch.mm(M, N).shape))
#> mm(M, N)        (2, 4)
print("matmul(v, v)   ", tuple(torch.matmul(v, v).shape))
#> matmul(v, v)    ()
print("matmul(M, v)   ", tuple(torch.matmul(M, v).shape))
#> matmul(M, v)    (2,)
print("matmul(M, N)   ", tuple(torch.matmul(M, N).shape))
#> matmul(M, N)    (2, 4)
print("batch @ N      ", tuple((batch @ N).shape))
#> batch @ N       (5, 2, 4)
print("torch.equal(M @ N, torch.mm(M, N)):", torch.equal(M @ N, torch.mm(M, N)))
#> torch.equal(M @ N, torch.mm(M, N)): True

for name, op, args in [("dot(M, M)", torch.dot, (M, M)),
                       ("mm(batch, N)", torch.mm, (batch, N)),
                       ("mm(M, v)", torch.mm, (M, v))]:
    try:
        op(*args)
    except RuntimeError as error:
        print(f"{name:<15}RuntimeError: {error}")
        #> dot(M, M)      RuntimeError: 1D tensors expected, but got 2D and 2D tensors
        #> mm(batch, N)   RuntimeError: self must be a matrix
        #> mm(M, v)       RuntimeError: mat2 must be a matrix
