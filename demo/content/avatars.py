"""Generated portrait placeholders: initials on a coloured circle, as PNG bytes."""

import hashlib
import io

from PIL import Image, ImageDraw, ImageFont

PALETTE = ["#0b4f6c", "#a63c06", "#1d6b2f", "#5b2a86", "#7a4d00", "#124e78", "#8a1c3b", "#2f5d50"]


def avatar_png(first_name, last_name, size=320):
    initials = f"{first_name[:1]}{last_name.split()[-1][:1]}".upper()
    colour = PALETTE[int(hashlib.sha256(f"{first_name} {last_name}".encode()).hexdigest(), 16) % len(PALETTE)]
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=size // 3)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
