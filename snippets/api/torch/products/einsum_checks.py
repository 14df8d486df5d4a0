import torch

torch.manual_seed(0)
A = torch.randn(2, 3)
B = torch.randn(3, 4)
X = torch.randn(5, 2, 3)
S = torch.randn(3, 3)
checks = {
    "ij,jk->ik": (torch.einsum("ij,jk->ik", A, B), A @ B),
    "ij,jk": (torch.einsum("ij,jk", A, B), A @ B),
    "ij,ij->i": (torch.einsum("ij,ij->i", A, A), (A * A).sum(dim=1)),
    "ii->i": (torch.einsum("ii->i", S), torch.diagonal(S)),
    "...ij->...ji": (torch.einsum("...ij->...ji", X), X.transpose(-2, -1)),
    "sublist": (torch.einsum(A, [0, 1], B, [1, 2], [0, 2]), A @ B),
}
for name, (got, want) in checks.items():
    print(f"{name:14} {tuple(got.shape)} {torch.allclose(got, want)}")
    #> ij,jk->ik      (2, 4) True
    #> ij,jk          (2, 4) True
    #> ij,ij->i       (2,) True
    #> ii->i          (3,) True
    #> ...ij->...ji   (5, 3, 2) True
    #> sublist        (2, 4) True
