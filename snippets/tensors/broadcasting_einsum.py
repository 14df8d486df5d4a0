import torch

torch.manual_seed(0)
A = torch.randn(3, 4)
B = torch.randn(4, 5)
S = torch.randn(4, 4)
u = torch.randn(3)
v = torch.randn(4)
X = torch.randn(2, 3, 4)
Y = torch.randn(2, 4, 5)

checks = [
    ("ij,jk->ik", torch.einsum("ij,jk->ik", A, B), A @ B),
    ("bij,bjk->bik", torch.einsum("bij,bjk->bik", X, Y), torch.bmm(X, Y)),
    ("ii->", torch.einsum("ii->", S), torch.trace(S)),
    ("i,j->ij", torch.einsum("i,j->ij", u, v), torch.outer(u, v)),
    ("ij->ji", torch.einsum("ij->ji", A), A.T),
    ("ij->j", torch.einsum("ij->j", A), A.sum(dim=0)),
    ("j,j->", torch.einsum("j,j->", v, v), torch.dot(v, v)),
]
for equation, result, expected in checks:
    print(f"{equation:<14}{str(tuple(result.shape)):<11}{torch.allclose(result, expected)}")
    #> ij,jk->ik     (3, 5)     True
    #> bij,bjk->bik  (2, 3, 5)  True
    #> ii->          ()         True
    #> i,j->ij       (3, 4)     True
    #> ij->ji        (4, 3)     True
    #> ij->j         (4,)       True
    #> j,j->         ()         True
