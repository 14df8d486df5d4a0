import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
log_probs = torch.randn(2, 1, 3).log_softmax(dim=2).requires_grad_()
target = torch.tensor([[1, 1]])

for zero_infinity in (False, True):
    loss = F.ctc_loss(log_probs, target, torch.tensor([2]), torch.tensor([2]), zero_infinity=zero_infinity)
    loss.backward()
    print(f"zero_infinity={zero_infinity}:", loss.item(), "grad:", log_probs.grad.flatten())
    #> zero_infinity=False: inf grad: tensor([nan, nan, nan, nan, nan, nan])
    #> zero_infinity=True: 0.0 grad: tensor([0., 0., 0., 0., 0., 0.])
    log_probs.grad = None
