import torch

try:
    torch.complex(torch.tensor([1, 2]), torch.tensor([3, 4]))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:56])
    #> RuntimeError Expected both inputs to be Half, Float or Double tensors
print(torch.complex(torch.tensor([1, 2]).float(), torch.tensor([3, 4]).float()))
#> tensor([1.+3.j, 2.+4.j])
