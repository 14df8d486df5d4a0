import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
image = torch.ones(3, 4, 5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = F.dropout2d(image, p=0.5)
for w in caught:
    print(w.category.__name__ + ":", w.message)
    #> UserWarning: dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d instead.
print(y[0])
#> tensor([[0., 0., 0., 0., 0.],
#>         [0., 0., 0., 0., 0.],
#>         [2., 2., 2., 2., 2.],
#>         [0., 0., 0., 0., 0.]])

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batched = F.dropout2d(image.unsqueeze(0), p=0.5).squeeze(0)
print(len(caught), batched.amax(dim=(1, 2)), batched.amin(dim=(1, 2)))
#> 0 tensor([0., 0., 2.]) tensor([0., 0., 2.])
