import torch

for value in [torch.tensor([0.0]), torch.tensor(2.5), torch.tensor([[-1]]), torch.tensor(False), torch.tensor(float("nan"))]:
    print(f"{str(value.tolist()):7} {torch.is_nonzero(value)!s:5} {bool(value)}")
    #> [0.0]   False False
    #> 2.5     True  True
    #> [[-1]]  True  True
    #> False   False False
    #> nan     True  True
for value in [torch.tensor([1, 2]), torch.tensor([])]:
    try:
        torch.is_nonzero(value)
    except RuntimeError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous
        #> RuntimeError: Boolean value of Tensor with no values is ambiguous
