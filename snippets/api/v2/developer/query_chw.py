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
print("image, boxes, mask:", v2.query_chw([image, sample["boxes"], sample["mask"]]), "| query_size:", v2.query_size([image]))
#> image, boxes, mask: (3, 150, 128) | query_size: (150, 128)
with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = f.convert("RGB")
    print("PIL image:", v2.query_chw([pil]), "size", pil.size, "| grayscale:", v2.query_chw([v2.Grayscale()(image)]))
    #> PIL image: (3, 600, 512) size (512, 600) | grayscale: (1, 150, 128)
    print("video of 4 frames:", v2.query_chw([tv_tensors.Video(image.expand(4, -1, -1, -1))]))
    #> video of 4 frames: (3, 150, 128)
try:
    v2.query_chw([sample["boxes"], sample["mask"]])
except TypeError as e:
    print("boxes and mask only: TypeError:", e)
    #> boxes and mask only: TypeError: No image or video was found in the sample
try:
    v2.query_chw([image, v2.Grayscale()(image)])
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: Found multiple CxHxW dimensions in the sample: '(1, 150, 128)', '(3, 150, 128)'
