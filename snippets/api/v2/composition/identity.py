import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2


with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
rows, cols = torch.meshgrid(torch.arange(150), torch.arange(128), indexing="ij")
sample = {
    "image": image,
    "boxes": tv_tensors.BoundingBoxes([[44, 30, 89, 84], [80, 122, 113, 132]], format="XYXY", canvas_size=(150, 128)),
    "mask": tv_tensors.Mask((((cols - 66) / 20) ** 2 + ((rows - 57) / 26) ** 2 <= 1).to(torch.uint8)),
    "keypoints": tv_tensors.KeyPoints([[58, 52], [76, 52], [67, 70]], canvas_size=(150, 128)),
    "labels": torch.tensor([1, 2]),
}
# %%
out = v2.Identity()(sample)
print("same objects:", all(out[key] is sample[key] for key in sample), "| new dict:", out is not sample)
#> same objects: True | new dict: True
print("types:", [type(value).__name__ for value in out.values()])
#> types: ['Image', 'BoundingBoxes', 'Mask', 'KeyPoints', 'Tensor']

sometimes = v2.RandomChoice([v2.RandomInvert(p=1.0), v2.Identity()], p=[1, 3])
picks = []
for seed in range(8):
    torch.manual_seed(seed)
    picks.append("invert" if torch.equal(sometimes(image), 255 - image) else "identity")
print("seeds 0-7:", picks)
#> seeds 0-7: ['identity', 'invert', 'identity', 'invert', 'identity', 'identity', 'identity', 'identity']
