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
darken_all = v2.Lambda(lambda x: x // 2)
darken_image = v2.Lambda(lambda x: x // 2, tv_tensors.Image)
print(darken_all, darken_image, sep="\n")
#> Lambda(<lambda>, types=['object'])
#> Lambda(<lambda>, types=['Image'])
for name, t in (("no types", darken_all), ("Image only", darken_image)):
    out = t(sample)
    print(f"{name:10} | image = x // 2: {torch.equal(out['image'], image // 2)} | boxes: {out['boxes'].tolist()[0]}"
          f" | mask pixels: {out['mask'].sum().item()} | labels: {out['labels'].tolist()}")
    print(f"{'':10} | types: {[type(value).__name__ for value in out.values()]}")
#> no types   | image = x // 2: True | boxes: [22, 15, 44, 42] | mask pixels: 0 | labels: [1, 2]
#>            | types: ['Tensor', 'Tensor', 'Tensor', 'Tensor', 'Tensor']
#> Image only | image = x // 2: True | boxes: [44, 30, 89, 84] | mask pixels: 1625 | labels: [1, 2]
#>            | types: ['Tensor', 'BoundingBoxes', 'Mask', 'KeyPoints', 'Tensor']
print("int label:", darken_all({"image": image, "label": 7})["label"], darken_image({"image": image, "label": 7})["label"])
#> int label: 3 7

save_row([draw(darken_all(sample)), draw(darken_image(sample))], "lambda_types.jpg")
#> <image lambda_types.jpg 268x158>
