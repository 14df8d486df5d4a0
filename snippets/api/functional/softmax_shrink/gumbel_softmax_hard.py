import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
cost = torch.tensor([1.0, 2.0, 3.0])

torch.manual_seed(0)
hard = F.gumbel_softmax(logits, hard=True)
(hard * cost).sum().backward()
hard_grad = logits.grad.clone()
print(hard, hard_grad)
#> tensor([0., 0., 1.], grad_fn=<AddBackward0>) tensor([-0.0355, -0.1231,  0.1586])

logits.grad = None
torch.manual_seed(0)
soft = F.gumbel_softmax(logits)
(soft * cost).sum().backward()
print(soft, logits.grad)
#> tensor([0.0196, 0.1523, 0.8281], grad_fn=<SoftmaxBackward0>) tensor([-0.0355, -0.1231,  0.1586])
print(torch.equal(hard.argmax(), soft.argmax()), torch.allclose(hard_grad, logits.grad))
#> True True
