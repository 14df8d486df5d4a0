import torch

p = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
cases = {
    "real float": lambda: torch.view_as_real(p),
    "size 3": lambda: torch.view_as_complex(torch.zeros(2, 3)),
    "p.T": lambda: torch.view_as_complex(p.T),
}
for name, call in cases.items():
    try:
        call()
    except RuntimeError as e:
        print(f"{name}: {e}")
        #> real float: view_as_real is only supported for complex tensors
        #> size 3: Tensor must have a last dimension of size 2
        #> p.T: Tensor must have a last dimension with stride 1
print(p.T.stride(), torch.view_as_complex(p.T.contiguous()))
#> (1, 2) tensor([1.+3.j, 2.+4.j])
