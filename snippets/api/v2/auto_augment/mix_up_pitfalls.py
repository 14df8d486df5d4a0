import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
batch = torch.stack([image, image.flip(-1), image.flip(-2), 255 - image])
labels = torch.tensor([0, 0, 1, 1])
mixup = v2.MixUp(num_classes=2)
try:
    mixup(batch, labels)
except RuntimeError as e:
    print(f"{batch.dtype}: RuntimeError: {e}")
    #> torch.uint8: RuntimeError: result type Float can't be cast to the desired output type Byte
batch = v2.functional.to_dtype(batch, torch.float32, scale=True)
torch.manual_seed(1)
mixed, soft = mixup(batch, labels)
lam = soft[0, 0].item()
print("float32, labels", labels.tolist(), "->", [[round(p, 3) for p in row] for row in soft.tolist()])
#> float32, labels [0, 0, 1, 1] -> [[0.6, 0.4], [1.0, 0.0], [0.4, 0.6], [0.0, 1.0]]
print("image 1 is a blend with image 0:", torch.allclose(mixed[1], lam * batch[1] + (1 - lam) * batch[0]),
      "| its label:", soft[1].tolist())
#> image 1 is a blend with image 0: True | its label: [1.0, 0.0]
order = torch.tensor([0, 2, 1, 3])
torch.manual_seed(1)
mixed, soft = mixup(batch[order], labels[order])
print("shuffled, labels", labels[order].tolist(), "->", [[round(p, 3) for p in row] for row in soft.tolist()])
#> shuffled, labels [0, 1, 0, 1] -> [[0.6, 0.4], [0.4, 0.6], [0.6, 0.4], [0.4, 0.6]]
