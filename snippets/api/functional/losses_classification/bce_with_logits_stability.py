import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
target = torch.tensor([1.0, 1.0])

for name, loss in (
    ("with_logits", lambda x: F.binary_cross_entropy_with_logits(x, target, reduction="none")),
    ("sigmoid + bce", lambda x: F.binary_cross_entropy(torch.sigmoid(x), target, reduction="none")),
    ("-log(sigmoid)", lambda x: -torch.log(torch.sigmoid(x))),
):
    logits = torch.tensor([-3.0, -200.0], requires_grad=True)
    value = loss(logits)
    value.sum().backward()
    print(f"{name:14}", value.detach(), "grad", logits.grad)
    #> with_logits    tensor([  3.0486, 200.0000]) grad tensor([-0.9526, -1.0000])
    #> sigmoid + bce  tensor([  3.0486, 100.0000]) grad tensor([-0.9526, -0.0000])
    #> -log(sigmoid)  tensor([3.0486,    inf]) grad tensor([-0.9526,     nan])
