import torch
from matplotlib import cbook
from PIL import Image
from torch.utils._pytree import tree_flatten
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
flat_inputs = tree_flatten(sample)[0]
keypoints = v2.get_keypoints(flat_inputs)
print(type(keypoints).__name__, keypoints.canvas_size, keypoints.tolist())
#> KeyPoints (150, 128) [[58, 52], [76, 52], [67, 70]]
print("the same object as sample['keypoints']:", keypoints is sample["keypoints"])
#> the same object as sample['keypoints']: True
try:
    v2.get_keypoints([image, sample["boxes"]])
except ValueError as e:
    print("ValueError:", e)
    #> ValueError: No keypoints were found in the sample
low, high = keypoints.min(dim=0).values.tolist(), keypoints.max(dim=0).values.tolist()
print("span of the key points: x", low[0], "to", high[0], "| y", low[1], "to", high[1])
#> span of the key points: x 58 to 76 | y 52 to 70
