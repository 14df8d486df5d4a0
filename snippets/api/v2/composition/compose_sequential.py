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
import warnings

steps = [v2.RandomInvert(p=1.0), v2.RandomSolarize(threshold=128, p=1.0)]
compose, sequential = v2.Compose(steps), torch.nn.Sequential(*steps)
plain = image.as_subclass(torch.Tensor)
print("both modules:", isinstance(compose, torch.nn.Module), "| same result:", torch.equal(compose(plain), sequential(plain)))
#> both modules: True | same result: True
print("Compose, two inputs:", [type(x).__name__ for x in compose(image, sample["boxes"])])
#> Compose, two inputs: ['Image', 'BoundingBoxes']
try:
    sequential(image, sample["boxes"])
except TypeError as e:
    print("Sequential, two inputs:", e)
    #> Sequential, two inputs: Sequential.forward() takes 2 positional arguments but 3 were given
print("Sequential, one dict:", {key: type(x).__name__ for key, x in sequential({"image": image, "boxes": sample["boxes"]}).items()})
#> Sequential, one dict: {'image': 'Image', 'boxes': 'BoundingBoxes'}

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        torch.jit.script(compose)
    except RuntimeError as e:
        print("script Compose:", str(e).split(". ")[0])
        #> script Compose: Transform Compose cannot be JIT scripted
    scripted = torch.jit.script(sequential)
print("script Sequential:", type(scripted).__name__, "| same result:", torch.equal(scripted(plain), sequential(plain)))
#> script Sequential: RecursiveScriptModule | same result: True
print("warnings:", {f"{w.category.__name__}: {w.message}" for w in caught})
#> warnings: {'FutureWarning: `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.'}
