import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    pil = v2.Resize(128)(f.convert("RGB"))
image = v2.ToImage()(pil)
# %%
print("uint8:", image[0, 0, :3].tolist(), "max", image.max().item())
#> uint8: [27, 28, 27] max 255
for scale in (False, True):
    out = v2.ToDtype(torch.float32, scale=scale)(image)
    print(f"scale={scale}:", out.dtype, [round(v, 4) for v in out[0, 0, :3].tolist()], "max", out.max().item())
    #> scale=False: torch.float32 [27.0, 28.0, 27.0] max 255.0
    #> scale=True: torch.float32 [0.1059, 0.1098, 0.1059] max 1.0
scaled = v2.ToDtype(torch.float32, scale=True)(image)
print("equals x / 255:", torch.allclose(scaled, image / 255), "| 255 -> 1.0:", scaled.max().item() == 1.0)
#> equals x / 255: True | 255 -> 1.0: True
print("back to uint8, scale=True:", torch.equal(v2.ToDtype(torch.uint8, scale=True)(scaled), image))
#> back to uint8, scale=True: True
print("back to uint8, scale=False:", v2.ToDtype(torch.uint8)(scaled).unique().tolist())
#> back to uint8, scale=False: [0, 1]
video = tv_tensors.Video(torch.full((2, 3, 4, 4), 255, dtype=torch.uint8))
print("Video:", v2.ToDtype(torch.float32, scale=True)(video).unique().tolist())
#> Video: [1.0]
out = v2.ToDtype(torch.float32, scale=True)(pil)
print("PIL in:", type(out).__module__.split(".")[0], out.mode, "| returned as is:", out is pil)
#> PIL in: PIL RGB | returned as is: True
