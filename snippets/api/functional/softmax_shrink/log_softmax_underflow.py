import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([0.0, 200.0], requires_grad=True)
probs = F.softmax(x, dim=0)
print(probs)
#> tensor([0., 1.], grad_fn=<SoftmaxBackward0>)
two_steps = torch.log(probs)
print(two_steps)
#> tensor([-inf, 0.], grad_fn=<LogBackward0>)
(-two_steps[0]).backward()
print(x.grad)
#> tensor([nan, nan])

x.grad = None
one_step = F.log_softmax(x, dim=0)
print(one_step)
#> tensor([-200.,    0.], grad_fn=<LogSoftmaxBackward0>)
(-one_step[0]).backward()
print(x.grad)
#> tensor([-1.,  1.])
