import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 3.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = F.mse_loss(pred, target)
    per_element = F.mse_loss(pred, target, reduction="none")
print(pred.shape, target.shape, "->", per_element.shape)
#> torch.Size([3, 1]) torch.Size([3]) -> torch.Size([3, 3])
print(per_element)
#> tensor([[0., 1., 4.],
#>         [1., 0., 1.],
#>         [4., 1., 0.]])
print("wrong:", wrong)
#> wrong: tensor(1.3333)
print("right:", F.mse_loss(pred.squeeze(1), target))
#> right: tensor(0.)
print(caught[0].category.__name__ + ":", caught[0].message)
#> UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
