import numpy as np
import torch

image = np.zeros((4, 6, 3), dtype=np.uint8)
image[..., 0] = 255
print("numpy / PIL (H, W, C):", image.shape)
#> numpy / PIL (H, W, C): (4, 6, 3)

chw = torch.from_numpy(image).permute(2, 0, 1)
print("permute -> (C, H, W):", tuple(chw.shape), chw.stride(), chw.is_contiguous())
#> permute -> (C, H, W): (3, 4, 6) (1, 18, 3) False
print("pixel (0, 0), R G B: ", chw[:, 0, 0].tolist())
#> pixel (0, 0), R G B:  [255, 0, 0]

batch = chw.contiguous().unsqueeze(0).float() / 255
print("batch (N, C, H, W):  ", tuple(batch.shape), batch.stride())
#> batch (N, C, H, W):   (1, 3, 4, 6) (72, 24, 6, 1)

nhwc = batch.to(memory_format=torch.channels_last)
print("channels_last:       ", tuple(nhwc.shape), nhwc.stride())
#> channels_last:        (1, 3, 4, 6) (72, 1, 18, 3)
print(nhwc.is_contiguous(), nhwc.is_contiguous(memory_format=torch.channels_last), torch.equal(nhwc, batch))
#> False True True
