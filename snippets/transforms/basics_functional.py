import torch
from matplotlib import cbook
from PIL import Image
from torchvision import transforms, tv_tensors
from torchvision.transforms import v2
from torchvision.transforms.v2 import functional as F
from torchvision.utils import draw_segmentation_masks, make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as f:
    img = F.pil_to_tensor(f.convert("RGB"))
ys, xs = torch.meshgrid(torch.arange(600), torch.arange(512), indexing="ij")
mask = tv_tensors.Mask(((xs - 265) / 90) ** 2 + ((ys - 228) / 110) ** 2 <= 1)


def crop_flip_rotate(image, mask, top, left, size):
    image, mask = F.crop(image, top, left, size, size), F.crop(mask, top, left, size, size)
    image, mask = F.hflip(image), F.hflip(mask)
    return F.rotate(image, 20.0), F.rotate(mask, 20.0)


torch.manual_seed(8)
params = v2.RandomCrop(300).make_params([img])
top, left, height, width = params["top"], params["left"], params["height"], params["width"]
print("crop region:", top, left, height, width)
#> crop region: 64 79 300 300
print("v2.RandomCrop.get_params is v1's:", v2.RandomCrop.get_params is transforms.RandomCrop.get_params)
#> v2.RandomCrop.get_params is v1's: True
out_img, out_mask = crop_flip_rotate(img, mask, top, left, 300)
print(tuple(out_img.shape), out_img.dtype, tuple(out_mask.shape), out_mask.dtype)
#> (3, 300, 300) torch.uint8 (300, 300) torch.bool

torch.manual_seed(8)
joint_img, joint_mask = v2.RandomCrop(300)(tv_tensors.Image(img), mask)
print("one call, same region:", type(joint_img).__name__, type(joint_mask).__name__,
      torch.equal(joint_mask, F.crop(mask, top, left, 300, 300)))
#> one call, same region: Image Mask True

torch.manual_seed(8)
alone_img = v2.RandomCrop(300)(tv_tensors.Image(img))
alone_mask = v2.RandomCrop(300)(mask)
print("separate calls, same region:", torch.equal(alone_mask, F.crop(mask, top, left, 300, 300)))
#> separate calls, same region: False

panels = [
    draw_segmentation_masks(F.crop(img, top, left, 300, 300), F.crop(mask, top, left, 300, 300),
                            alpha=0.35, colors="red"),
    draw_segmentation_masks(out_img, out_mask, alpha=0.35, colors="red"),
]
picture = F.to_pil_image(make_grid(panels, padding=4, pad_value=255))
picture.save("functional.jpg", quality=85)
#> <image functional.jpg 612x308>
