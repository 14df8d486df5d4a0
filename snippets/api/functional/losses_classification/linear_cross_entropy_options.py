import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
hidden = torch.randn(6, 4)
target = torch.randint(0, 8, (6,))
options = nn.LinearCrossEntropyOptions(batch_chunk_size=2)

results = {}
for name, opts in (("reference", None), ("chunked", options)):
    weight = torch.randn(8, 4, generator=torch.Generator().manual_seed(1)).requires_grad_()
    loss = F.linear_cross_entropy(hidden, weight, target, options=opts)
    loss.backward()
    results[name] = (loss.detach(), weight.grad)
    print(f"{name:9}", loss.detach(), type(loss.grad_fn).__name__)
    #> reference tensor(3.6121) NllLossBackward0
    #> chunked   tensor(3.6121) GeneratedBackwardFor_torch_nn__linear_cross_entropy_batch_chunked_defaultBackward
print(torch.allclose(*(r[0] for r in results.values())), torch.allclose(*(r[1] for r in results.values()), atol=1e-6))
#> True True

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.linear_cross_entropy(hidden, torch.randn(8, 4), target, label_smoothing=0.1, options=options)
for w in caught:
    print(w.category.__name__ + ":", str(w.message).split(";")[0])
    #> UserWarning: linear_cross_entropy: ``options`` ignored
