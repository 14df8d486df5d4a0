import torch

x = torch.ones(3, requires_grad=True)
for training in (True, False):
    with torch.set_grad_enabled(training):
        y = x * 2
        print(training, torch.is_grad_enabled(), y.requires_grad)
        #> True True True
        #> False False False
print(torch.is_grad_enabled())
#> True


@torch.set_grad_enabled(False)
def evaluate(t):
    return t * 3


print(evaluate(x).requires_grad)
#> False

torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
#> False False
torch.set_grad_enabled(True)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
#> True True
