import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
# %%
augment = v2.AutoAugment()
print(len(augment._policies), "sub-policies, the first:", augment._policies[0])
#> 25 sub-policies, the first: (('Posterize', 0.4, 8), ('Rotate', 0.6, 9))
row = [image]
for seed in (2, 3, 4, 6):
    torch.manual_seed(seed)
    out = augment(image)
    row.append(out)
    print(f"seed {seed}: mean |change| {(out.float() - image.float()).abs().mean():4.1f}, unchanged {torch.equal(out, image)}")
    #> seed 2: mean |change| 28.9, unchanged False
    #> seed 3: mean |change| 79.6, unchanged False
    #> seed 4: mean |change| 54.2, unchanged False
    #> seed 6: mean |change|  0.0, unchanged True
save_row(row, "auto_augment.jpg")

for x in (v2.functional.to_pil_image(image), image.as_subclass(torch.Tensor), image, image.float() / 255):
    out = augment(x)
    dtype = f" {out.dtype}" if isinstance(out, torch.Tensor) else ""
    print(f"{type(x).__module__.split('.')[0]}.{type(x).__name__} -> {type(out).__module__.split('.')[0]}.{type(out).__name__}{dtype}")
    #> PIL.Image -> PIL.Image
    #> torch.Tensor -> torch.Tensor torch.uint8
    #> torchvision.Image -> torchvision.Image torch.uint8
    #> torch.Tensor -> torch.Tensor torch.float32
sample = {"image": image, "label": 3}
print("other values pass through:", augment(sample)["label"])
#> other values pass through: 3
annotations = {
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask(torch.zeros(150, 128, dtype=torch.uint8)),
    "keypoints": tv_tensors.KeyPoints([[58, 52]], canvas_size=(150, 128)),
}
for key, annotation in annotations.items():
    try:
        augment({"image": image, key: annotation})
    except TypeError as e:
        print("TypeError:", e)
        #> TypeError: Inputs of type BoundingBoxes are not supported by AutoAugment()
        #> TypeError: Inputs of type Mask are not supported by AutoAugment()
        #> TypeError: Inputs of type KeyPoints are not supported by AutoAugment()
#> <image auto_augment.jpg 664x158>
