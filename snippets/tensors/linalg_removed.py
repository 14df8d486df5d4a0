import torch

A = torch.tensor([[2.0, 0.0],
                  [0.0, 4.0]])
b = torch.tensor([[2.0], [8.0]])

for name, call in [("torch.solve", lambda: torch.solve(b, A)),
                   ("torch.symeig", lambda: torch.symeig(A)),
                   ("torch.eig", lambda: torch.eig(A))]:
    try:
        call()
    except RuntimeError as error:
        print(f"{name}: {str(error).splitlines()[0].split('. ')[0]}")
        #> torch.solve: This function was deprecated since version 1.9 and is now removed
        #> torch.symeig: This function was deprecated since version 1.9 and is now removed
        #> torch.eig: This function was deprecated since version 1.9 and is now removed

print(torch.linalg.solve(A, b).flatten())
#> tensor([1., 2.])
print(torch.linalg.eigh(A).eigenvalues)
#> tensor([2., 4.])
