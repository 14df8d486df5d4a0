import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB").resize((128, 150))
# %%
ten = v2.TenCrop(64)(image)
five = v2.FiveCrop(64)(image)
print(type(ten).__name__, len(ten), tuple(ten[0].shape), "| first five = FiveCrop:", all(torch.equal(a, b) for a, b in zip(ten[:5], five)))
#> tuple 10 (3, 64, 64) | first five = FiveCrop: True
print("crop 5 = crop 0 mirrored:", torch.equal(ten[5], ten[0].flip(-1)), "| crop 5 = crop 1 mirrored:", torch.equal(ten[5], ten[1].flip(-1)))
#> crop 5 = crop 0 mirrored: False | crop 5 = crop 1 mirrored: True
print("mirrors of 0-4 are at:", [next(j for j in range(5, 10) if torch.equal(ten[j], ten[i].flip(-1))) for i in range(5)])
#> mirrors of 0-4 are at: [6, 5, 8, 7, 9]
print("last five = FiveCrop of the mirrored image:", all(torch.equal(a, b) for a, b in zip(ten[5:], v2.FiveCrop(64)(image.flip(-1)))))
#> last five = FiveCrop of the mirrored image: True
vertical = v2.TenCrop(64, vertical_flip=True)(image)
print("vertical_flip=True, mirrors of 0-4 are at:", [next(j for j in range(5, 10) if torch.equal(vertical[j], vertical[i].flip(-2))) for i in range(5)])
#> vertical_flip=True, mirrors of 0-4 are at: [7, 8, 5, 6, 9]
batch = torch.stack(ten)
print("stacked:", tuple(batch.shape), type(batch).__name__, "| wrapped:", type(tv_tensors.wrap(batch, like=ten[0])).__name__)
#> stacked: (10, 3, 64, 64) Tensor | wrapped: Image
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(3 * 64 * 64, 4))
logits = model(batch.float() / 255)
print("logits per crop", tuple(logits.shape), "-> averaged", tuple(logits.mean(0).shape))
#> logits per crop (10, 4) -> averaged (4,)
out = v2.TenCrop(64)(pil)
print(f"PIL.Image -> tuple of {len(out)} {type(out[0]).__module__.split('.')[0]}.{type(out[0]).__name__}")
#> PIL.Image -> tuple of 10 PIL.Image
boxes = tv_tensors.BoundingBoxes([[44, 30, 89, 84]], format="XYXY", canvas_size=(150, 128))
try:
    v2.TenCrop(64)({"image": image, "boxes": boxes})
except TypeError as e:
    print("TypeError:", e)
    #> TypeError: BoundingBoxes'es and Mask's are not supported by TenCrop()

v2.functional.to_pil_image(make_grid(list(ten), nrow=5, padding=4, pad_value=255)).save("ten_crop.jpg", quality=85)
#> <image ten_crop.jpg 344x140>
