import torch
import torch.nn.functional as F

image = torch.zeros(1, 1, 5, 6)
image[..., 3:] = 1.0
kernel = torch.tensor([[[[-1.0, 0.0, 1.0],
                         [-1.0, 0.0, 1.0],
                         [-1.0, 0.0, 1.0]]]])
print(image[0, 0])
#> tensor([[0., 0., 0., 1., 1., 1.],
#>         [0., 0., 0., 1., 1., 1.],
#>         [0., 0., 0., 1., 1., 1.],
#>         [0., 0., 0., 1., 1., 1.],
#>         [0., 0., 0., 1., 1., 1.]])
print(F.conv2d(image, kernel)[0, 0])
#> tensor([[0., 3., 3., 0.],
#>         [0., 3., 3., 0.],
#>         [0., 3., 3., 0.]])
print(F.conv2d(image, kernel, padding=1).shape)
#> torch.Size([1, 1, 5, 6])

signal = torch.tensor([[[1.0, 2.0, 4.0, 7.0, 11.0]]])
difference = torch.tensor([[[-1.0, 1.0]]])
print(F.conv1d(signal, difference))
#> tensor([[[1., 2., 3., 4.]]])
