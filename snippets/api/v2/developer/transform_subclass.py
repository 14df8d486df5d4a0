import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import draw_bounding_boxes, draw_keypoints, draw_segmentation_masks, make_grid


def draw(sample):
    out = draw_segmentation_masks(sample["image"], sample["mask"].bool(), alpha=0.3, colors="yellow")
    out = draw_bounding_boxes(out, sample["boxes"], colors="red", width=2)
    return draw_keypoints(out, sample["keypoints"][None], colors="cyan", radius=3)


def save_row(images, name):
    h, w = max(i.shape[-2] for i in images), max(i.shape[-1] for i in images)
    padded = [v2.functional.pad(i, [0, 0, w - i.shape[-1], h - i.shape[-2]], fill=255) for i in images]
    v2.functional.to_pil_image(make_grid(padded, nrow=len(padded), padding=4, pad_value=255)).save(name, quality=85)


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
class RandomBoxCrop(v2.Transform):
    def __init__(self, margin):
        super().__init__()
        self.margin = margin

    def make_params(self, flat_inputs):
        h, w = v2.query_size(flat_inputs)
        if not v2.has_any(flat_inputs, tv_tensors.BoundingBoxes):
            return dict(top=0, left=0, height=h, width=w)
        boxes = v2.get_bounding_boxes(flat_inputs)
        x1, y1, x2, y2 = boxes[int(torch.randint(len(boxes), ()))].tolist()
        top, left = max(y1 - self.margin, 0), max(x1 - self.margin, 0)
        return dict(top=top, left=left, height=min(y2 + self.margin, h) - top, width=min(x2 + self.margin, w) - left)

    def transform(self, inpt, params):
        return v2.functional.crop(inpt, **params)


crop = RandomBoxCrop(margin=8)
print(crop, "| nn.Module:", isinstance(crop, torch.nn.Module))
#> RandomBoxCrop(margin=8) | nn.Module: True
outs = []
for seed in (0, 1):
    torch.manual_seed(seed)
    params = crop.make_params([sample["image"], sample["boxes"]])
    torch.manual_seed(seed)
    out = crop(sample)
    print(f"seed {seed}: {params} -> {tuple(out['image'].shape)}")
    print("  boxes:", out["boxes"].tolist(), "| keypoints:", out["keypoints"].tolist()[0], "| labels:", out["labels"].tolist())
    outs.append(out)
#> seed 0: {'top': 22, 'left': 36, 'height': 70, 'width': 61} -> (3, 70, 61)
#>   boxes: [[8, 8, 53, 62], [44, 70, 61, 70]] | keypoints: [22, 30] | labels: [1, 2]
#> seed 1: {'top': 114, 'left': 72, 'height': 26, 'width': 49} -> (3, 26, 49)
#>   boxes: [[0, 0, 17, 0], [8, 8, 41, 18]] | keypoints: [-14, -62] | labels: [1, 2]
print("seed 0, x1 44 - left 36 =", 44 - 36, "| image equal to slicing:", torch.equal(outs[0]["image"], image[:, 22:92, 36:97]))
#> seed 0, x1 44 - left 36 = 8 | image equal to slicing: True
print("no boxes:", tuple(crop(image).shape))
#> no boxes: (3, 150, 128)


class OldStyle(v2.Transform):
    def _transform(self, inpt, params):
        return inpt


try:
    OldStyle()(image)
except NotImplementedError:
    print("_transform only: NotImplementedError")
#> _transform only: NotImplementedError


class OldParams(v2.Transform):
    def _get_params(self, flat_inputs):
        return dict(margin=8)

    def transform(self, inpt, params):
        return params


print("_get_params only, transform got:", OldParams()(image))
#> _get_params only, transform got: {}

save_row([draw(sample)] + [draw(o) for o in outs], "transform_subclass.jpg")
#> <image transform_subclass.jpg 400x158>
