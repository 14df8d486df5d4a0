import torch
from matplotlib import cbook
from PIL import Image
from torchvision import tv_tensors
from torchvision.transforms import v2
from torchvision.utils import make_grid

with Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)) as f:
    image = tv_tensors.Image(v2.Resize(128)(v2.functional.pil_to_tensor(f.convert("RGB"))))
video = tv_tensors.Video(torch.stack([v2.Resize((42, 56))(image[:, 7 * t:7 * t + 96]) for t in range(8)]))
# %%
print(type(video).__name__, list(video.shape))
#> Video [8, 3, 42, 56]


def kept(out):
    return [next(t for t in range(8) if torch.equal(frame, video[t])) for frame in out]


for n in (4, 8, 12):
    out = v2.UniformTemporalSubsample(n)(video)
    print(f"num_samples={n}:", type(out).__name__, list(out.shape), "frames", kept(out))
    #> num_samples=4: Video [4, 3, 42, 56] frames [0, 2, 4, 7]
    #> num_samples=8: Video [8, 3, 42, 56] frames [0, 1, 2, 3, 4, 5, 6, 7]
    #> num_samples=12: Video [12, 3, 42, 56] frames [0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 6, 7]
print("linspace(0, 7, 4):", [round(t, 2) for t in torch.linspace(0, 7, 4).tolist()])
#> linspace(0, 7, 4): [0.0, 2.33, 4.67, 7.0]

sample = v2.UniformTemporalSubsample(4)({"video": video, "label": 7})
print("dict:", list(sample["video"].shape), sample["label"])
#> dict: [4, 3, 42, 56] 7
print("plain [T, C, H, W] tensor:", list(v2.UniformTemporalSubsample(4)(video.as_subclass(torch.Tensor)).shape))
#> plain [T, C, H, W] tensor: [4, 3, 42, 56]
frames_as_image = tv_tensors.Image(video)
print("tv_tensors.Image of frames:", list(v2.UniformTemporalSubsample(4)(frames_as_image).shape))
#> tv_tensors.Image of frames: [8, 3, 42, 56]

four = v2.UniformTemporalSubsample(4)(video)
blank = torch.full_like(video[0], 255)
bottom = [four[kept(four).index(t)] if t in kept(four) else blank for t in range(8)]
v2.functional.to_pil_image(make_grid([*video, *bottom], nrow=8, padding=4, pad_value=255)).save("uniform_temporal_subsample.jpg", quality=85)
#> <image uniform_temporal_subsample.jpg 484x96>
