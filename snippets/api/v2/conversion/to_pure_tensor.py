import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
plain = v2.ToPureTensor()(sample)
for key in sample:
    print(f"{key}: {type(sample[key]).__name__} -> {type(plain[key]).__name__},",
          "same values", torch.equal(plain[key], sample[key]),
          "| same memory", plain[key].data_ptr() == sample[key].data_ptr())
    #> image: Image -> Tensor, same values True | same memory True
    #> boxes: BoundingBoxes -> Tensor, same values True | same memory True
    #> labels: Tensor -> Tensor, same values True | same memory True
print("boxes keep format:", hasattr(plain["boxes"], "format"), "| canvas_size:", hasattr(plain["boxes"], "canvas_size"))
#> boxes keep format: False | canvas_size: False

last = v2.Compose([v2.RandomHorizontalFlip(p=1.0), v2.ToPureTensor()])(sample)
first = v2.Compose([v2.ToPureTensor(), v2.RandomHorizontalFlip(p=1.0)])(sample)
print("flip, then strip: boxes", last["boxes"].tolist())
#> flip, then strip: boxes [[39, 30, 84, 84], [15, 122, 48, 132]]
print("strip, then flip: boxes", first["boxes"].tolist(), "| image flipped:", torch.equal(first["image"], image.flip(-1)))
#> strip, then flip: boxes [[44, 30, 89, 84], [80, 122, 113, 132]] | image flipped: True
